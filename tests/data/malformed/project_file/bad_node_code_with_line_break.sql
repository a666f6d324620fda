UPDATE framework_node SET code = 'I1' || char(10) || '11' WHERE code = 'I111';
