UPDATE framework_node SET parent_id = (SELECT MIN(id) FROM framework_node WHERE kind = 'indicator') WHERE id = (SELECT MIN(id) FROM framework_node);
