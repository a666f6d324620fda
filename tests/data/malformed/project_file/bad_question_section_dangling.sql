UPDATE question SET section_id = 987654;
