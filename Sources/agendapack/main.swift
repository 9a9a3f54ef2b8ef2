print("agendapack")
