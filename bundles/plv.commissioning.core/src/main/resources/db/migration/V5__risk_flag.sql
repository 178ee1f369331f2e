-- A programme's rule (an inspection judged below good, occupancy below its threshold) flags a risk for review:
-- the day it was first flagged and why; a review clears both.
ALTER TABLE COM_RISK ADD COLUMN FLAGGED_ON DATE;
ALTER TABLE COM_RISK ADD COLUMN FLAG_REASON VARCHAR(2000);
