INSERT INTO indicator (node_id, direction, kind) SELECT id, 'higher', 'quantitative' FROM framework_node WHERE code = 'O1';
