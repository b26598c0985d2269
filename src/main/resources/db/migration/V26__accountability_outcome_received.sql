-- A CITY case: the day the district received the city's outcome, recorded with it (SPEC §2, §8.1).
ALTER TABLE accountability_case ADD COLUMN outcome_received_on DATE;
