UPDATE question SET choices = '{"a":1}' WHERE kind LIKE '%choice';
