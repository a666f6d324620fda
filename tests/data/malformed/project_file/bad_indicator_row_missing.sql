DELETE FROM indicator WHERE node_id = (SELECT id FROM framework_node WHERE code = 'I111');
