UPDATE framework_node SET name = '' WHERE code = 'I111';
