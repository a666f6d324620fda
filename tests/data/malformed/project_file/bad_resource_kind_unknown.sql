UPDATE resource SET kind = 'trésor';
