UPDATE framework_node SET weight = 'lourd' WHERE id = (SELECT MIN(id) FROM framework_node);
