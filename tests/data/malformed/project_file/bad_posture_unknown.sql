UPDATE posture_stance SET posture = 'dragon' WHERE rowid = (SELECT MIN(rowid) FROM posture_stance);
