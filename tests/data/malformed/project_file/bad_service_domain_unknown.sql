UPDATE data_service SET domain = 'magie';
