UPDATE data_service SET data_role = 'roi';
