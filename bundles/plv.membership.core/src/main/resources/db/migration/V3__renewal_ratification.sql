-- A renewal exists only once ratified (seed 000): the RENEWED event records the ratifying council decision, whose
-- reference is kept as text (the council's own register holds the decision).
ALTER TABLE MEM_AGREEMENT_EVENT ADD COLUMN DECISION_REF VARCHAR(200);
