UPDATE framework_node SET parent_id = 987654 WHERE kind = 'indicator' AND id = (SELECT MIN(id) FROM framework_node WHERE kind = 'indicator');
