// Timeline windows filter and sort on the lower bound; search looks entities up by normalised name.
CREATE INDEX event_earliest IF NOT EXISTS FOR (n:Event) ON (n.earliest);
CREATE INDEX statement_earliest IF NOT EXISTS FOR (n:Statement) ON (n.earliest);
CREATE INDEX entity_name_key IF NOT EXISTS FOR (n:Entity) ON (n.nameKey);
