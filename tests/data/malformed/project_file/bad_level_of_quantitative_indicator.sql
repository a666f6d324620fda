INSERT INTO indicator_level (indicator_id, position, label) SELECT node_id, 0, 'x' FROM indicator WHERE kind = 'quantitative' LIMIT 1;
