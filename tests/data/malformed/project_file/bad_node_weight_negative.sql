UPDATE framework_node SET weight = -2 WHERE id = (SELECT MIN(id) FROM framework_node);
