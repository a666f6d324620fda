UPDATE service_destabilisation SET axis = 'chaos' WHERE rowid = (SELECT MIN(rowid) FROM service_destabilisation);
