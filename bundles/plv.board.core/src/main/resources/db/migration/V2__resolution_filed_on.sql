-- The day a passed special resolution was filed at Companies House (s30): its filing deadline ends then.
ALTER TABLE BRD_RESOLUTION ADD COLUMN FILED_ON DATE;
