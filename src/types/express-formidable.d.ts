declare module 'express-formidable';
