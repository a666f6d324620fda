UPDATE framework_node SET code = '' WHERE code = 'I111';
