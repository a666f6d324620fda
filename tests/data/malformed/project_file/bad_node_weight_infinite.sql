UPDATE framework_node SET weight = 9e999 WHERE id = (SELECT MIN(id) FROM framework_node);
