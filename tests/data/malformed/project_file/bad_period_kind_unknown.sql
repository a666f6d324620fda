UPDATE period SET kind = 'siècle';
