UPDATE question SET kind = 'devinette';
