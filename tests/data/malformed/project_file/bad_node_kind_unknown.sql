UPDATE framework_node SET kind = 'axe' WHERE id = (SELECT MIN(id) FROM framework_node);
