UPDATE period SET start_date = 'demain';
