-- The keyed chain (docs/security.md, "The audit trail"). Entries made before it keep scheme 'sha256' until the audit
-- service re-chains them at its first start with a key, recording an 'upgrade-chain' entry.
-- SCHEME: how HASH was computed ('sha256' plain, 'hmac-sha256' keyed); KEY_ID: which audit key (file in the keys folder);
-- AT_UTC: the instant that was hashed, as ISO-8601 UTC text with milliseconds, so no time zone is ever involved.
ALTER TABLE AUD_ENTRY ADD COLUMN SCHEME VARCHAR(16) DEFAULT 'sha256' NOT NULL;
ALTER TABLE AUD_ENTRY ADD COLUMN KEY_ID VARCHAR(64);
ALTER TABLE AUD_ENTRY ADD COLUMN AT_UTC VARCHAR(30);
