UPDATE indicator_quality SET quality = 'beauté' WHERE rowid = (SELECT MIN(rowid) FROM indicator_quality);
