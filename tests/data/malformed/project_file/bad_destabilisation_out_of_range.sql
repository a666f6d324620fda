UPDATE service_destabilisation SET rating = 99;
