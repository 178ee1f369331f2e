-- Named counters for numbered references (risk references, agenda item numbers...): Store.nextNumber locks a row.
CREATE TABLE PLV_COUNTER (
  NAME VARCHAR(200) NOT NULL PRIMARY KEY,
  LAST_VALUE BIGINT NOT NULL
);
