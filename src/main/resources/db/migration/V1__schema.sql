CREATE TABLE ping(id int);
