# a comment line
object fooState 1.3.6.1.4.1.99.1.2 integer 1=on 2=off required
object fooName  1.3.6.1.4.1.99.1.3 text
object fooWatts 1.3.6.1.4.1.99.1.4 gauge32 /10 whole   # tenths of watts

profile foo
  name   Foo PDU (FOO-MIB)
  enterprise 1.3.6.1.4.1.99
  probe  fooState
  state  fooState
profile any
  state  fooState
