/**
 * Helpers the area bundles share for their pages: {@link plv.platform.web.api.ListQuery} (page, sort and filter read
 * from the request, applied on the server), {@link plv.platform.web.api.ListPage} (one page of a list, with links
 * for the template) and {@link plv.platform.web.api.CsvWriter} (RFC 4180 export that spreadsheet programs cannot
 * mistake for formulas) and {@link plv.platform.web.api.RecordMaps} (a record as a map, through the one JSON mapper) and
 * {@link plv.platform.web.api.FormPosts} (a posted form run as the shell runs it, for the route servlet and areas' unit tests).
 * Templates may import {@code plv/forms.ftlh} and {@code plv/lists.ftlh} for fields with
 * errors beside them, pagers and sortable column headers.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package plv.platform.web.api;
