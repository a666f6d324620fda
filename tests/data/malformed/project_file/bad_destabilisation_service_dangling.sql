UPDATE service_destabilisation SET service_id = 987654 WHERE rowid = (SELECT MIN(rowid) FROM service_destabilisation);
