UPDATE question SET choices = '[pas du json' WHERE kind LIKE '%choice';
