UPDATE field_of_attention SET family = 'inconnue';
