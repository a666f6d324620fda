UPDATE framework_node SET parent_id = id WHERE id = (SELECT MIN(id) FROM framework_node WHERE kind = 'criterion');
