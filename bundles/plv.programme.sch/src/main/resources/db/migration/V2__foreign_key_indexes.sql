-- Every foreign key has an index (issue 16): PostgreSQL does not index the referencing side by itself.
CREATE INDEX PRG_SCH_PLACEMENT_REFERRAL ON PRG_SCH_PLACEMENT (REFERRAL_ID);
