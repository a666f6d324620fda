UPDATE project SET created_at = 'le mois dernier';
