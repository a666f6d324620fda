UPDATE setting SET value = 'magic' WHERE key = 'default_aggregation';
