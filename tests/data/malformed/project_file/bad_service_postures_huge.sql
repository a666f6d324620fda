UPDATE data_service SET postures = 9223372036854775807;
