UPDATE setting SET value = 'rouge' WHERE key = 'red_below';
