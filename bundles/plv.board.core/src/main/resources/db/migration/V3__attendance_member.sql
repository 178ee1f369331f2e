-- The member a corporate representative attends for (s323), so that a general meeting's quorum counts members on the
-- register of members (s318), each once.
ALTER TABLE BRD_ATTENDANCE ADD COLUMN MEMBER_GSS VARCHAR(9);
