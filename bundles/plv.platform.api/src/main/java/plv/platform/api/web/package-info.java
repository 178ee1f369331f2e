/**
 * The web shell's extension points. A bundle adds pages by registering servlets on the HTTP whiteboard
 * (the shell's security filter runs in front of every one), menu entries as {@link NavigationProvider}
 * services, and dashboard panels as {@link DashboardPanel} services. Stopping the bundle takes them away.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package plv.platform.api.web;
