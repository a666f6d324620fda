UPDATE question SET objective_id = 987654 WHERE objective_id IS NOT NULL;
