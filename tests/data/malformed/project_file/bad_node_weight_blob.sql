UPDATE framework_node SET weight = x'00ff' WHERE id = (SELECT MIN(id) FROM framework_node);
