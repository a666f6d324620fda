UPDATE resource_condition SET resource_id = 987654 WHERE rowid = (SELECT MIN(rowid) FROM resource_condition);
