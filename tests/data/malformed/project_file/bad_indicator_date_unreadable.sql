UPDATE indicator SET baseline_date = 'hier' WHERE baseline_date IS NOT NULL;
