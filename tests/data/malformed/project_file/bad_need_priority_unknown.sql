UPDATE need SET priority = 'urgentissime';
