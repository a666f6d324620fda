UPDATE question SET need_id = 987654 WHERE need_id IS NOT NULL;
