// Timeline windows filter and sort on the lower bound; search looks entities up by normalised name.
CREATE INDEX ON :Event(earliest);
CREATE INDEX ON :Statement(earliest);
CREATE INDEX ON :Entity(nameKey);
